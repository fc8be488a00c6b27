-- One diary for the agency: measure cases take their case numbers from case_number_counter, like
-- complaints, so a number such as LVV/12/2026 names one matter only.
DROP TABLE measure_case_counter;
