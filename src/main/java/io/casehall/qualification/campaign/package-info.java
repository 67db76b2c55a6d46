/**
 * The employment office's side of a qualification campaign: creating it, importing its graduates from Excel,
 * moving the window ends (the process's timers follow), closing the windows and reporting what was left open.
 */
package io.casehall.qualification.campaign;
