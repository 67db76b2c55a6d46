/** The archive office's staff console pages: the case page the Tasklist forms link to, and the uploads. */
package io.casehall.deposit.web;
