-- A user whose password someone else chose (the bootstrap administrator) must change it at first sign-in.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
