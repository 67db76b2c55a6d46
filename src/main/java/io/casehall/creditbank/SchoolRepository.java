package io.casehall.creditbank;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SchoolRepository extends JpaRepository<School, Long> {

    Optional<School> findBySchoolCode(String schoolCode);

    List<School> findByDepartmentCodeOrderBySchoolNameAsc(String departmentCode);

    /** The departments that have schools: code and name, in code order. */
    @Query("select distinct s.departmentCode, s.departmentName from School s order by s.departmentCode")
    List<Object[]> departments();

    /** The schools listed under these codes (the reference list's import). */
    List<School> findBySchoolCodeIn(java.util.Collection<String> schoolCodes);
}
