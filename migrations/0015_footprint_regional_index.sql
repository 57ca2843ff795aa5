-- Regional totals read every submitted report (the Secretariat's view): a partial covering index lets
-- PostgreSQL answer them with an index-only scan in country order, without the heap (bench/README.md,
-- "footprints": 100,000 reports). Regulators' views use footprint_reports_submitted (GIN) as before.
CREATE INDEX footprint_reports_regional ON footprint_reports (country, period_start)
  INCLUDE (sector, period_end, energy_kwh, co2e_kg, water_onsite_l, water_offsite_l, requests)
  WHERE cardinality(submitted_to) > 0;
