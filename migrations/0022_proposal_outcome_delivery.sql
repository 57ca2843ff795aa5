-- The decision on a proposal or corroboration received here is told to the node that sent it; if
-- that node cannot be reached then, it is told again after the next successful pull from it.
-- outcome_sent_at: when the sender acknowledged the decision (NULL: not yet, or not decided).
ALTER TABLE federation_proposals ADD COLUMN outcome_sent_at timestamptz;
CREATE INDEX federation_proposals_undelivered ON federation_proposals (from_node)
  WHERE direction = 'in' AND status <> 'open' AND outcome_sent_at IS NULL;
