package io.ardesk.housekeeping.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsistencyCheckRuns extends JpaRepository<ConsistencyCheckRun, Long> {

	List<ConsistencyCheckRun> findAllByOrderByCheckedAtDesc();

}
