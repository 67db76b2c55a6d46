/** Engine plumbing of clearance: the plugin and parse listener that wire CaseHall's listeners into every model version, the projection and notices they drive, and engine tuning (lean history, indexes, planner statistics). */
package io.casehall.clearance.engine;
