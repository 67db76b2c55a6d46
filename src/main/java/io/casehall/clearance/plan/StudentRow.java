package io.casehall.clearance.plan;

/** One accepted row of a student import (the seed's columns), already normalized. */
public record StudentRow(int rowNumber, String studentNo, String candidateNo, String fullName, String gender,
                  String idNumber, String department, String major, String className, String category,
                  String level, boolean householdMigration, String dormitory) {
}
