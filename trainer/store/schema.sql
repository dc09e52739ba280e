-- The tables and indexes the migrations in trainer/store/schema.py build, for a new file
-- (trainer/store/new_database.py). Written by `python -m trainer.store.new_database`: do not edit.
-- Migrations: m001_initial, m002_records, m003_presenter_votes, m004_content_changes, m005_pages_read, m006_went_on, m007_votes_session

CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);

CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");

CREATE TABLE "profiles" (
   "id" INTEGER PRIMARY KEY,
   "name" TEXT NOT NULL,
   "created_at" TEXT NOT NULL
, "uuid" TEXT);

CREATE TABLE "module_progress" (
   "profile_id" INTEGER REFERENCES "profiles"("id"),
   "module_id" TEXT,
   "status" TEXT DEFAULT 'not_started',
   "part_id" TEXT,
   "seconds_spent" INTEGER DEFAULT 0,
   "started_at" TEXT,
   "updated_at" TEXT,
   "completed_at" TEXT,
   PRIMARY KEY ("profile_id", "module_id")
);

CREATE TABLE "scenario_runs" (
   "id" INTEGER PRIMARY KEY,
   "profile_id" INTEGER REFERENCES "profiles"("id"),
   "module_id" TEXT,
   "scenario_id" TEXT,
   "content_version" TEXT,
   "started_at" TEXT,
   "finished_at" TEXT,
   "ending_id" TEXT
);

CREATE INDEX "idx_scenario_runs_profile_id_module_id_scenario_id"
    ON "scenario_runs" ("profile_id", "module_id", "scenario_id");

CREATE TABLE "scenario_choices" (
   "id" INTEGER PRIMARY KEY,
   "run_id" INTEGER REFERENCES "scenario_runs"("id"),
   "step_id" TEXT,
   "choice_index" INTEGER,
   "target_step_id" TEXT,
   "tags" TEXT,
   "chosen_at" TEXT
, "went_on_at" TEXT);

CREATE INDEX "idx_scenario_choices_run_id"
    ON "scenario_choices" ("run_id");

CREATE TABLE "quiz_attempts" (
   "id" INTEGER PRIMARY KEY,
   "profile_id" INTEGER REFERENCES "profiles"("id"),
   "module_id" TEXT,
   "quiz_id" TEXT,
   "content_version" TEXT,
   "started_at" TEXT,
   "finished_at" TEXT,
   "correct_count" INTEGER,
   "question_count" INTEGER,
   "score_percent" INTEGER,
   "passed" INTEGER
);

CREATE INDEX "idx_quiz_attempts_profile_id_module_id_quiz_id"
    ON "quiz_attempts" ("profile_id", "module_id", "quiz_id");

CREATE TABLE "quiz_answers" (
   "id" INTEGER PRIMARY KEY,
   "attempt_id" INTEGER REFERENCES "quiz_attempts"("id"),
   "question_id" TEXT,
   "answer" TEXT,
   "correct" INTEGER,
   "content_version" TEXT,
   "answered_at" TEXT
);

CREATE INDEX "idx_quiz_answers_attempt_id"
    ON "quiz_answers" ("attempt_id");

CREATE TABLE "app_meta" (
   "key" TEXT PRIMARY KEY,
   "value" TEXT
);

CREATE TABLE "xapi_sent" (
   "statement_id" TEXT,
   "profile_id" INTEGER REFERENCES "profiles"("id"),
   "lrs" TEXT,
   "sent_at" TEXT,
   PRIMARY KEY ("statement_id", "lrs")
);

CREATE INDEX "idx_xapi_sent_profile_id"
    ON "xapi_sent" ("profile_id");

CREATE TABLE "content_changes" (
   "id" INTEGER PRIMARY KEY,
   "profile_id" INTEGER REFERENCES "profiles"("id"),
   "module_id" TEXT,
   "pack_id" TEXT,
   "old_version" TEXT,
   "new_version" TEXT,
   "old_status" TEXT,
   "old_completed_at" TEXT,
   "changed_at" TEXT
);

CREATE INDEX "idx_content_changes_profile_id_module_id"
    ON "content_changes" ("profile_id", "module_id");

CREATE TABLE "pages_read" (
   "profile_id" INTEGER REFERENCES "profiles"("id"),
   "module_id" TEXT,
   "part_id" TEXT,
   "read_at" TEXT,
   PRIMARY KEY ("profile_id", "module_id", "part_id")
);

CREATE TABLE "presenter_votes" (
   "programme_id" TEXT,
   "lang" TEXT,
   "day" TEXT,
   "session" TEXT,
   "module_id" TEXT,
   "part_id" TEXT,
   "item_id" TEXT,
   "choice_index" INTEGER,
   "count" INTEGER,
   PRIMARY KEY ("programme_id", "lang", "day", "session", "module_id", "part_id", "item_id", "choice_index")
);

