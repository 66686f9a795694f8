-- Version 5: the date of an activity as the plan wrote it ("9月中旬", "即日起至9月30日"), kept when a
-- plan table is imported so the 实施方案 repeats the bureau's own wording; empty when the dates were
-- entered in the program (then the dates are written from start and end).
ALTER TABLE activity ADD COLUMN date_text TEXT NOT NULL DEFAULT '';
