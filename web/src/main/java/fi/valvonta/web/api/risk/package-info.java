/** REST: risk model versions and indicators (with CSV import and export). */
package fi.valvonta.web.api.risk;
