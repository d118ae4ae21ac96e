package io.ardesk.worklist.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedFilterRecords extends JpaRepository<SavedFilterRecord, Long> {

	List<SavedFilterRecord> findByUsernameOrderByName(String username);

	Optional<SavedFilterRecord> findByUsernameAndName(String username, String name);

}
