package io.ardesk.dashboards.internal;

import java.time.LocalDate;

import io.ardesk.dashboards.CashRecoveryDashboard;
import io.ardesk.dashboards.RecoveryWeek;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cash-recovery dashboard: the twelve weeks ending today from the dashboard read
 * model, another week computed live ({@link CashRecoveryWeeks}).
 */
@Service
class CashRecoveryService implements CashRecoveryDashboard {

	private final ClientDirectory directory;

	private final CashRecoveryWeeks weeks;

	private final DashboardReadModel readModel;

	CashRecoveryService(ClientDirectory directory, CashRecoveryWeeks weeks, DashboardReadModel readModel) {
		this.directory = directory;
		this.weeks = weeks;
		this.readModel = readModel;
	}

	@Override
	@ReadsClient
	public CashRecovery weeks(ClientId client) {
		return this.readModel.current(client).recovery();
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public RecoveryWeek week(ClientId client, LocalDate weekEnd) {
		ClientProfile profile = this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
		return this.weeks.week(profile, weekEnd);
	}

}
