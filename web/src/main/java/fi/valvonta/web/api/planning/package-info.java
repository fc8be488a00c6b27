/** REST: inspection plans, what-if and exports. */
package fi.valvonta.web.api.planning;
