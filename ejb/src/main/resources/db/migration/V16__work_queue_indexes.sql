-- The home page counts the caller's work on every view: the measure queues by state and presenter
-- (decided awaiting service, served awaiting finality, proposals awaiting a decision), and the cases the
-- caller has declared themselves disqualified in (HL 27 §), by user name. The complaint queues use the
-- indexes of the case list (assignee, state, deadline, overdue).

CREATE INDEX measure_state_presenter_ix ON measure (state, presenter);
CREATE INDEX case_disqualification_user_ix ON case_disqualification (username, case_number);
