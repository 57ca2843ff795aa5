-- Footprint reports: the energy, carbon and water of one AI system over a period, estimated or
-- imported from measurements, with the factor set used; submitted to regulators for regional totals.
CREATE TABLE footprint_reports (
  id                 uuid PRIMARY KEY,
  ref                text NOT NULL UNIQUE,
  system_id          uuid NOT NULL REFERENCES ai_systems(id) ON DELETE CASCADE,
  org_id             uuid NOT NULL REFERENCES organisations(id),
  period_start       date NOT NULL,
  period_end         date NOT NULL CHECK (period_end >= period_start),
  kind               text NOT NULL CHECK (kind IN ('training', 'inference')),
  source             text NOT NULL CHECK (source IN ('estimate', 'codecarbon')),
  method_tier        text NOT NULL,
  country            text NOT NULL,
  sector             text,
  energy_kwh         double precision NOT NULL CHECK (energy_kwh >= 0),
  co2e_kg            double precision NOT NULL CHECK (co2e_kg >= 0),
  co2e_market_kg     double precision,
  water_onsite_l     double precision NOT NULL,
  water_offsite_l    double precision NOT NULL,
  requests           double precision,
  tokens             double precision,
  factor_set         text NOT NULL,
  factor_version     text NOT NULL,
  details            jsonb NOT NULL,
  submitted_to       text[] NOT NULL DEFAULT '{}',
  created_by         text NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX footprint_reports_system ON footprint_reports (system_id, period_start);
CREATE INDEX footprint_reports_submitted ON footprint_reports USING gin (submitted_to);
