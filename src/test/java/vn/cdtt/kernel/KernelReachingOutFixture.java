package vn.cdtt.kernel;

import vn.cdtt.geography.AdminLevel;

/** Breaks the kernel rule on purpose, for ArchitectureRulesTest: a kernel class that uses the product. */
final class KernelReachingOutFixture {

    AdminLevel level() {
        return AdminLevel.COMMUNE;
    }
}
