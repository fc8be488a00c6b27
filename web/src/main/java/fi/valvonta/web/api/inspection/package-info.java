/** REST: inspections and their findings. */
package fi.valvonta.web.api.inspection;
