/** Archive utilization (P1, 档案利用): applications, fee collection, proofreading, sealed PDFs, e-mail and ratings. */
package io.casehall.archive;
