/**
 * Suomi.fi Messages (Suomi.fi-viestit), the national messaging service, over its REST interface:
 * a decision is sent as one PDF to the recipient's Suomi.fi mailbox, or printed and mailed where the
 * recipient has none; its events tell when it was received. Verifiable messages give the date of
 * receipt of verified electronic service (laki 13/2003 18 §).
 */
package fi.valvonta.ejb.suomifi;
