package io.ardesk.security.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServerSecrets extends JpaRepository<ServerSecret, String> {

}
