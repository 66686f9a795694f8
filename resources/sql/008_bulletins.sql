-- Version 8: the news bulletin (工作动态/信息稿) of a completed activity as the user kept it: its headline on
-- the first line, then the body. An activity without a row shows a draft written from its data.
CREATE TABLE bulletin (
    activity_id INTEGER PRIMARY KEY REFERENCES activity(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    updated_ms INTEGER NOT NULL
);
