// The second half of SetupController: the changes of the review, applying them and walking
// the scanner's path afterwards.
#include "changes/FolderChanges.h"
#include "changes/SecretChanges.h"
#include "changes/SecuritySettingChanges.h"
#include "checks/ScannerPathCheck.h"
#include "qualys/QualysClient.h"
#include "wizard/DeferredChange.h"
#include "wizard/QualysChangeRunner.h"
#include "wizard/RotationChange.h"
#include "wizard/SetupController.h"
#include "wizard/WizardLog.h"

using namespace secretserver;

namespace {

// Settings that clear every restriction the secret has on (unset = leave as it is).
SecretSecurityChange::Settings clearing(const SecretSummary &summary)
{
    SecretSecurityChange::Settings settings;
    if (summary.requiresApproval)
        settings.requiresApproval = false;
    if (summary.requiresComment)
        settings.requiresComment = false;
    if (summary.hidePassword)
        settings.hideLauncherPassword = false;
    if (summary.doubleLockEnabled)
        settings.doubleLock = false;
    return settings;
}

bool clearsSomething(const SecretSecurityChange::Settings &settings)
{
    return settings.requiresApproval || settings.requiresComment || settings.hideLauncherPassword
            || settings.doubleLock;
}

} // namespace

void SetupController::buildServerChanges()
{
    m_serverRunner = std::make_unique<ChangeRunner>(m_client, this);
    connect(m_serverRunner.get(), &ChangeRunner::progress, this,
            [this](int index, int, const QString &step) {
                emit progress(index,
                              m_serverRunner->count()
                                      + (m_qualysRunner ? m_qualysRunner->count() : 0),
                              step);
            });

    auto createFolder = std::make_unique<CreateFolderChange>(m_folderName, -1, QString());
    CreateFolderChange *folder = createFolder.get();
    m_serverRunner->addChange(std::move(createFolder));
    const QString folderName = m_folderName;
    const Principal principal = m_account.principal;
    const auto folderId = [folder, this] {
        return folder->folderId() > 0 ? folder->folderId() : m_folderId;
    };

    m_serverRunner->addChange(std::make_unique<DeferredChange>(
            tr("Grant %1 View on folder %2").arg(principal.name, folderName),
            QStringList { tr("Give %1 View on folder %2 and View on its secrets, inherited by the "
                             "secrets and sub-folders in it.")
                                  .arg(principal.name, folderName) },
            [folderId, folderName, principal]() -> std::unique_ptr<ServerChange> {
                if (folderId() <= 0)
                    return nullptr;
                return std::make_unique<FolderAccessChange>(folderId(), folderName, principal,
                                                            FolderAccessChange::Action::Set);
            }));

    const bool rotate = m_rotation.enabled;

    for (const SecretChoice &secret : std::as_const(m_secrets)) {
        if (secret.isNew()) {
            auto made = std::make_shared<CreateSecretChange *>(nullptr);
            const SecretChoice wanted = secret;
            m_serverRunner->addChange(std::make_unique<DeferredChange>(
                    tr("Create secret %1").arg(secret.name),
                    QStringList {
                            tr("Create secret %1 from template %2 in folder %3; password: set")
                                    .arg(secret.name, secret.templateName, folderName) },
                    [folderId, folderName, wanted, made]() -> std::unique_ptr<ServerChange> {
                        if (folderId() <= 0)
                            return nullptr;
                        auto change = std::make_unique<CreateSecretChange>(
                                wanted.templateId, wanted.templateName, folderId(),
                                QLatin1Char('\\') + folderName, wanted.name, wanted.fields);
                        *made = change.get();
                        return change;
                    }));
            if (rotate && secret.rotationAvailable) {
                m_serverRunner->addChange(std::make_unique<DeferredChange>(
                        tr("Rotate secret %1 after scans").arg(secret.name),
                        QStringList { tr("Require check-out on secret %1 for %2 minutes and "
                                         "change its password on check-in")
                                              .arg(secret.name)
                                              .arg(m_rotation.intervalMinutes) },
                        [made, wanted, folderId,
                         minutes = m_rotation.intervalMinutes]() -> std::unique_ptr<ServerChange> {
                            if (!*made || (*made)->secretId() <= 0)
                                return nullptr;
                            return std::make_unique<RotationChange>(
                                    SecretRef { (*made)->secretId(), wanted.name, folderId() },
                                    minutes);
                        }));
            }
            continue;
        }
        const SecretRef ref { secret.id, secret.name, secret.folderId };
        const SecretSecurityChange::Settings settings = clearing(*secret.summary);
        if (secret.fixRestrictions && clearsSomething(settings))
            m_serverRunner->addChange(std::make_unique<SecretSecurityChange>(ref, settings));
        if (!secret.summary->inheritsPermissions) {
            m_serverRunner->addChange(std::make_unique<SecretAccessChange>(
                    ref, principal, SecretAccessChange::Action::Set));
        }
        if (rotate && secret.rotationAvailable)
            m_serverRunner->addChange(
                    std::make_unique<RotationChange>(ref, m_rotation.intervalMinutes));
    }
}

void SetupController::buildQualysChanges()
{
    m_qualysRunner = std::make_unique<QualysChangeRunner>(m_qualys, this);
    connect(m_qualysRunner.get(), &QualysChangeRunner::progress, this,
            [this](int index, int, const QString &step) {
                emit progress(m_serverRunner->count() + index,
                              m_serverRunner->count() + m_qualysRunner->count(), step);
            });
    auto vault = std::make_unique<VaultChange>(m_vault);
    m_vaultChange = vault.get();
    m_qualysRunner->addChange(std::move(vault));
    m_recordChanges.clear();
    VaultChange *vaultChange = m_vaultChange;
    for (const RecordChoice &record : std::as_const(m_records)) {
        auto change = std::make_unique<RecordChange>(
                record, [vaultChange] { return vaultChange->vaultId(); });
        m_recordChanges << change.get();
        m_qualysRunner->addChange(std::move(change));
    }
}

void SetupController::prepare()
{
    begin(Step::Review);
    if (!m_qualys) {
        finish(Step::Review, false, tr("Choose a Qualys connection first."));
        return;
    }
    m_applied = false;
    m_applyCancelled = false;
    m_verdicts.clear();
    m_qualysRunner.reset();
    buildServerChanges();
    buildQualysChanges();
    connect(m_serverRunner.get(), &ChangeRunner::previewReady, this,
            [this] { readQualysChanges(); });
    connect(m_serverRunner.get(), &ChangeRunner::previewFailed, this,
            [this](int index, const CallResult &result) {
                finish(Step::Review, false,
                       tr("Reading %1 failed: %2")
                               .arg(m_serverRunner->change(index)->title(), result.message));
            });
    m_serverRunner->readAll();
}

void SetupController::readQualysChanges()
{
    if (m_cancelled)
        return;
    connect(m_qualysRunner.get(), &QualysChangeRunner::previewReady, this,
            [this] { finish(Step::Review, true); });
    connect(m_qualysRunner.get(), &QualysChangeRunner::previewFailed, this,
            [this](int index, const qualys::QualysResult &result) {
                finish(Step::Review, false,
                       tr("Reading %1 failed: %2")
                               .arg(m_qualysRunner->change(index)->title(), result.message));
            });
    m_qualysRunner->readAll();
}

QList<SetupController::ReviewItem> SetupController::review() const
{
    QList<ReviewItem> items;
    if (m_serverRunner) {
        for (int i = 0; i < m_serverRunner->count(); ++i) {
            const ServerChange *change = m_serverRunner->change(i);
            items << ReviewItem { tr("Secret Server"), change->title(), change->preview(),
                                  change->warnings(), change->isInPlace() };
        }
    }
    if (m_qualysRunner) {
        for (int i = 0; i < m_qualysRunner->count(); ++i) {
            const QualysChange *change = m_qualysRunner->change(i);
            items << ReviewItem { tr("Qualys"), change->title(), change->preview(),
                                  change->warnings(), change->isInPlace() };
        }
    }
    return items;
}

bool SetupController::nothingToChange() const
{
    const QList<ReviewItem> items = review();
    return std::all_of(items.cbegin(), items.cend(),
                       [](const ReviewItem &item) { return item.inPlace; });
}

void SetupController::apply()
{
    begin(Step::Apply);
    m_applyCancelled = false;
    if (!m_serverRunner || !m_qualysRunner) {
        finish(Step::Apply, false, tr("Review the changes first."));
        return;
    }
    m_applied = true;
    m_serverRunner->disconnect(this);
    m_qualysRunner->disconnect(this);
    connect(m_serverRunner.get(), &ChangeRunner::progress, this,
            [this](int index, int, const QString &step) {
                emit progress(index, m_serverRunner->count() + m_qualysRunner->count(), step);
            });
    connect(m_qualysRunner.get(), &QualysChangeRunner::progress, this,
            [this](int index, int, const QString &step) {
                emit progress(m_serverRunner->count() + index,
                              m_serverRunner->count() + m_qualysRunner->count(), step);
            });
    connect(m_serverRunner.get(), &ChangeRunner::finished, this, [this](bool allDone) {
        if (!allDone || m_applyCancelled) {
            finish(Step::Apply, false,
                   m_applyCancelled ? tr("Cancelled: %1").arg(m_serverRunner->summary())
                                    : m_serverRunner->summary());
            return;
        }
        applyQualys();
    });
    m_serverRunner->apply();
}

void SetupController::applyQualys()
{
    connect(m_qualysRunner.get(), &QualysChangeRunner::finished, this, [this](bool allDone) {
        const bool ok = allDone && !m_applyCancelled;
        finish(Step::Apply, ok, ok ? QString() : summary().headline());
    });
    m_qualysRunner->apply();
}

void SetupController::verify()
{
    begin(Step::Verify);
    m_verdicts.clear();
    QList<ScannerPathCheck::Target> targets;
    for (const RecordChange *change : std::as_const(m_recordChanges))
        targets.append({ change->recordId(), change->wanted().title, change->wanted().secretName });
    if (targets.isEmpty() || m_vault.password.isEmpty()) {
        finish(Step::Verify, false,
               targets.isEmpty() ? tr("There is no record to verify.")
                                 : tr("Type the service account's password on the Qualys page."));
        return;
    }
    m_pathCheck = std::make_unique<ScannerPathCheck>(m_client->settings(), QUrl(m_vault.url));
    connect(m_pathCheck.get(), &ScannerPathCheck::recordChecked, this,
            [this, targets](int recordId, const Finding &finding) {
                RecordVerdict verdict;
                verdict.recordId = recordId;
                verdict.finding = finding;
                for (const auto &target : targets) {
                    if (target.recordId == recordId && verdict.recordTitle.isEmpty()) {
                        verdict.recordTitle = target.recordTitle;
                        verdict.secretName = target.secretName;
                    }
                }
                m_verdicts << verdict;
                emit recordVerified(verdict);
            });
    connect(m_pathCheck.get(), &ScannerPathCheck::finished, this, [this] {
        const bool allPassed = std::all_of(m_verdicts.cbegin(), m_verdicts.cend(),
                                           [](const RecordVerdict &v) { return v.passed(); });
        finish(Step::Verify, allPassed && !m_verdicts.isEmpty());
    });
    m_pathCheck->start(m_vault.userName, m_vault.password, m_vault.domain, targets);
}

QStringList SetupController::leftByHand() const
{
    QStringList lines;
    const auto add = [&lines](const QList<Finding> &findings) {
        for (const Finding &finding : findings) {
            if (finding.severity == Finding::Severity::Info
                || SetupFindings::isFixableByConsole(finding))
                continue;
            const QString line = finding.fix.isEmpty()
                    ? finding.title
                    : finding.title + QStringLiteral(": ") + finding.fix;
            if (!lines.contains(line))
                lines << line;
        }
    };
    add(m_serverFindings);
    add(m_accountFindings);
    add(m_folderFindings);
    for (const SecretChoice &secret : m_secrets) {
        add(secret.findings);
        add(SetupFindings::rotation(secret, m_rotation));
    }
    for (const RecordChoice &record : m_records)
        add(record.conflicts);
    for (const RecordVerdict &verdict : m_verdicts) {
        if (!verdict.passed())
            add({ verdict.finding });
    }
    return lines;
}

SetupSummary SetupController::summary() const
{
    SetupSummary summary;
    const auto sort
            = [&summary, this](ChangeOutcome outcome, const QString &title, const QString &why) {
                  switch (outcome) {
                  case ChangeOutcome::Applied:
                      summary.applied << title;
                      break;
                  case ChangeOutcome::AlreadyInPlace:
                      summary.inPlace << title;
                      break;
                  case ChangeOutcome::Failed:
                      summary.failed << tr("%1: %2").arg(title, why);
                      break;
                  case ChangeOutcome::NotAttempted:
                      summary.notAttempted << title;
                      break;
                  }
              };
    if (m_serverRunner) {
        for (int i = 0; i < m_serverRunner->count(); ++i) {
            const auto outcome
                    = m_applied ? m_serverRunner->report(i).outcome : ChangeOutcome::NotAttempted;
            sort(outcome, m_serverRunner->change(i)->title(),
                 m_serverRunner->report(i).result.message);
        }
    }
    if (m_qualysRunner) {
        for (int i = 0; i < m_qualysRunner->count(); ++i) {
            const auto outcome
                    = m_applied ? m_qualysRunner->report(i).outcome : ChangeOutcome::NotAttempted;
            sort(outcome, m_qualysRunner->change(i)->title(),
                 m_qualysRunner->report(i).result.message);
        }
    }
    summary.leftByHand = leftByHand();
    summary.verdicts = m_verdicts;
    summary.verified = !m_verdicts.isEmpty();
    return summary;
}
