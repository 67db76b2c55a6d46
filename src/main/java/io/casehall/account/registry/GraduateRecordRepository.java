package io.casehall.account.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GraduateRecordRepository extends JpaRepository<GraduateRecord, Long> {

    Optional<GraduateRecord> findByStudentNo(String studentNo);

    List<GraduateRecord> findByStudentNoIn(Collection<String> studentNos);

    /** Latest graduation first, so the most recent record of a person comes first. */
    @Query("select g from GraduateRecord g where g.idNumber = :idNumber "
            + "order by g.graduationDate desc nulls last, g.id desc")
    List<GraduateRecord> findByIdNumberLatestFirst(@Param("idNumber") String idNumber);

    @Query("select g from GraduateRecord g where g.studentNo like :studentNoPrefix escape '\\' "
            + "or g.fullName like :nameContains escape '\\' or g.idNumber = :idNumber")
    Page<GraduateRecord> search(@Param("studentNoPrefix") String studentNoPrefix,
                                @Param("nameContains") String nameContains,
                                @Param("idNumber") String idNumber, Pageable pageable);
}
