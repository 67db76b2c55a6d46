/**
 * Staff identity: Camunda users and groups (one group per role), single sign-on into the staff console
 * and the Camunda webapps, role queues as Tasklist filters, and the staff console home.
 */
package io.casehall.staff;
