-- Version 7: where each campaign is in its year (0 筹备, 1 进行中, 2 总结, 3 已报送), and whether the
-- notice's content is in the file (built-in years whose pillars are not known start with 0).
ALTER TABLE campaign ADD COLUMN state INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3);
ALTER TABLE campaign ADD COLUMN content_complete INTEGER NOT NULL DEFAULT 1;
-- Existing campaigns get a state from their dates on the day of the upgrade. A year before the current
-- one is 已报送: its summary was due the October after its month, so a file opened later reads as
-- history and shows nothing overdue. A year whose month is over but which is still the current year
-- is 总结: the summary may still be in the works, so its open deadlines still count.
UPDATE campaign SET state = 3 WHERE year < CAST(strftime('%Y', 'now') AS INTEGER);
UPDATE campaign SET state = 2 WHERE state = 0 AND end_date IS NOT NULL AND end_date < date('now');
UPDATE campaign SET state = 1
    WHERE state = 0 AND start_date IS NOT NULL AND start_date <= date('now');
