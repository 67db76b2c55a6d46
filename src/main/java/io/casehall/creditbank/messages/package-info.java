/** 我的消息 of institution users: the shared message centre, per Camunda user, and notices to an institution's users. */
package io.casehall.creditbank.messages;
