-- The language an account uses, when the platform gives it (a tag such as fr or pt-BR): notices
-- go out in it, else in the country's main language, else English.
ALTER TABLE accounts ADD COLUMN language TEXT;
