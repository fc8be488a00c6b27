/** The supervising agency: its names and case-number prefixes, which are configuration. */
package fi.valvonta.model.agency;
