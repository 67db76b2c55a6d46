/**
 * The sealed PDFs the archive office issues in P2: the transfer notice (调档通知单) with its tear-off slip, the
 * transfer letter of 档案转出 and the deposit certificate of 开具证明, each issued once per application.
 */
package io.casehall.deposit.documents;
