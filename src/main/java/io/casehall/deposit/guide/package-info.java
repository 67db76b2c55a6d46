/**
 * The public service guide of study-abroad archive deposit: which services are offered (the depositServices
 * table), their guide pages with the deployed procedure's picture, and the transfer agreement.
 */
package io.casehall.deposit.guide;
