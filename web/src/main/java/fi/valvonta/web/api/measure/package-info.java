/** REST: measures, their procedure and decision documents. */
package fi.valvonta.web.api.measure;
