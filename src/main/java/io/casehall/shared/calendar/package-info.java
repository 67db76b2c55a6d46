/**
 * The working-day calendar (工作日历) every deadline uses: weekends, public holidays and adjusted working
 * days (调休), kept as data that administrators maintain in the staff console.
 */
package io.casehall.shared.calendar;
