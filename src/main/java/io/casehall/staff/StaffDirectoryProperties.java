package io.casehall.staff;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff accounts created at start: the administrator always, and in the demo profile one account per
 * role so a newcomer can walk every queue.
 */
@ConfigurationProperties(prefix = "casehall")
public record StaffDirectoryProperties(Admin admin, Demo demo, Staff staff) {

    public StaffDirectoryProperties {
        admin = admin == null ? new Admin(null, false) : admin;
        demo = demo == null ? new Demo(List.of()) : demo;
        staff = staff == null ? new Staff(List.of()) : staff;
    }

    /**
     * The built-in administrator; a blank password means "generate one on first start". With resetAtStart the
     * configured password replaces the stored one and the account is unlocked (recovery of a lost password).
     */
    public record Admin(String password, boolean resetAtStart) {
    }

    /** Staff accounts to unlock at start: recovery for a locked-out sole administrator. */
    public record Staff(List<String> unlockAtStart) {
        public Staff {
            unlockAtStart = unlockAtStart == null ? List.of()
                    : unlockAtStart.stream().map(String::trim).filter(id -> !id.isEmpty()).toList();
        }
    }

    public record Demo(List<DemoStaff> staff) {
        public Demo {
            staff = staff == null ? List.of() : staff;
        }
    }

    public record DemoStaff(String id, String name, String password, List<String> groups) {
    }
}
