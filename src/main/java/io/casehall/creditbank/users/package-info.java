/** 用户管理: an institution administrator's sub-users — add, edit, roles, disable, enable, reset password, delete. */
package io.casehall.creditbank.users;
