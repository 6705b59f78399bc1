package org.ganplayground.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Account> findByClassIdOrderByUsername(Long classId);

    List<Account> findByRoleInOrderByUsername(List<Role> roles);

    long countByRole(Role role);

    @Query(
            "select count(a) from Account a where a.role in ('TEACHER', 'ADMIN') and a.passwordHash is not null")
    long countTeachers();

    List<Account> findByRoleAndExpiresAtBefore(Role role, Instant now);

    long countByRoleAndExpiresAtAfter(Role role, Instant now);

    /** Locks the row until the transaction ends: launches of one learner take turns here. */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.id = :id")
    Optional<Account> lockById(Long id);
}
