/** Study-abroad archive deposit (P2, 留学存档): service guides, deposit applications, audit, envelopes, transfer out. */
package io.casehall.deposit;
