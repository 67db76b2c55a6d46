/**
 * The archive office's pages: for applicants the eligibility questions, the application form, 我的申请 and each
 * application's page with 修改申请 and 取消; for the deposit auditors the case page the Tasklist forms link to.
 */
package io.casehall.deposit.web;
