-- The MSME quick path: an assessment may follow a profile (content/profiles) that asks fewer, plainer questions.
ALTER TABLE assessments ADD COLUMN profile text;
