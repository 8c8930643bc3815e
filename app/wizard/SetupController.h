#pragma once

#include "changes/ChangeRunner.h"
#include "checks/Finding.h"
#include "secretserver/RestClient.h"
#include "wizard/SetupFindings.h"
#include "wizard/SetupPlan.h"
#include "wizard/SetupSummary.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace qualys {
class QualysClient;
}
class QualysChangeRunner;
class ScannerPathCheck;
class CreateFolderChange;
class VaultChange;
class RecordChange;

// The work of the guided setup, without widgets: reads both servers page by page, turns the
// choices into previewed Secret Server and Qualys changes, applies them in order and walks
// the scanner's path for each record. Every step is asynchronous and ends with
// stepFinished(); the RestClient and QualysClient are borrowed and must outlive it.
class SetupController : public QObject
{
    Q_OBJECT

public:
    enum class Step { Server, Accounts, Account, Folder, Secrets, Qualys, Review, Apply, Verify };
    Q_ENUM(Step)

    // One line of the review: a change on one server, as its preview says it.
    struct ReviewItem
    {
        QString server; // "Secret Server" or "Qualys", translated
        QString title;
        QStringList lines;
        QStringList warnings;
        bool inPlace = false;
    };

    explicit SetupController(secretserver::RestClient *client, QObject *parent = nullptr);
    ~SetupController() override;

    bool isBusy() const { return m_busy; }
    // Stops the step in flight: a write already sent ends, nothing after it starts.
    void cancel();

    // --- 1. Secret Server -----------------------------------------------------------------
    void checkServer();
    const QList<Finding> &serverFindings() const { return m_serverFindings; }
    bool serverBlocked() const { return hasBlocker(m_serverFindings); }
    bool rotationPossible() const { return SetupFindings::rotationPossible(m_serverFacts); }

    // --- 2. Service account ---------------------------------------------------------------
    void loadAccounts();
    const QList<secretserver::User> &users() const { return m_users; }
    const QList<secretserver::Group> &groups() const { return m_groups; }
    void setAccount(const ServiceAccount &account);
    const ServiceAccount &account() const { return m_account; }
    void setApplianceAddresses(const QStringList &addresses);
    QStringList applianceAddresses() const { return m_applianceAddresses; }
    void checkAccount(); // IP restrictions and groups of the signing-in user
    const QList<secretserver::IpRestriction> &restrictions() const { return m_restrictions; }
    const QList<Finding> &accountFindings() const { return m_accountFindings; }

    // --- 3. Folder ------------------------------------------------------------------------
    void setFolderName(const QString &name);
    QString folderName() const { return m_folderName; }
    void checkFolder();
    int existingFolderId() const { return m_folderId; }
    const QList<Finding> &folderFindings() const { return m_folderFindings; }

    // --- 4. Secrets -----------------------------------------------------------------------
    void loadSecrets(); // the folder's secrets (and sub-folders') and the templates
    const QList<SecretChoice> &candidates() const { return m_candidates; }
    const QList<secretserver::SecretTemplate> &templates() const { return m_templates; }
    // A new secret from a template; values by field slug (machine, username, password...).
    SecretChoice newSecret(const QString &templateName, const QString &name,
                           const QMap<QString, QString> &values) const;
    void setSecrets(const QList<SecretChoice> &secrets);
    const QList<SecretChoice> &secrets() const { return m_secrets; }

    // --- 5. Rotation ----------------------------------------------------------------------
    void setRotation(const RotationChoice &rotation) { m_rotation = rotation; }
    const RotationChoice &rotation() const { return m_rotation; }
    QList<Finding> rotationFindings() const;

    // --- 6. Qualys ------------------------------------------------------------------------
    // The SOAP web-services URL the appliance uses: <server>/SecretServer/webservices/...
    static QString webServicesUrl(const QUrl &serverUrl);
    void setQualysClient(qualys::QualysClient *client);
    void setVault(const VaultChoice &vault);
    const VaultChoice &vault() const { return m_vault; }
    void loadQualys(); // existing vaults and records of the types in use
    const QList<qualys::AuthVault> &existingVaults() const { return m_vaults; }

    // --- 7. Records -----------------------------------------------------------------------
    QList<RecordChoice> proposedRecords(const QString &ips = {}) const;
    void setRecords(const QList<RecordChoice> &records); // works out the conflicts
    const QList<RecordChoice> &records() const { return m_records; }
    bool recordsBlocked() const;

    // --- 8. Review ------------------------------------------------------------------------
    void prepare(); // builds every change and reads it
    QList<ReviewItem> review() const;
    bool nothingToChange() const;

    // --- 9. Apply and verify --------------------------------------------------------------
    void apply();
    void verify();
    const QList<RecordVerdict> &verdicts() const { return m_verdicts; }

    // --- 10. Summary ----------------------------------------------------------------------
    SetupSummary summary() const;

signals:
    void stepFinished(SetupController::Step step, bool ok, const QString &message);
    void progress(int index, int count, const QString &what);
    void recordVerified(const RecordVerdict &verdict);

private:
    void begin(Step step);
    void finish(Step step, bool ok, const QString &message = {});
    void readConfiguration(int index);
    void loadQualysRecords(int typeIndex);
    void readDetails(int index, int field);
    void readDetail(int index, int field, const QString &slug);
    void readRestrictions();
    void readAccountGroups();
    void buildServerChanges();
    void buildQualysChanges();
    void readQualysChanges();
    void applyQualys();
    QStringList leftByHand() const;

    QPointer<secretserver::RestClient> m_client;
    QPointer<qualys::QualysClient> m_qualys;
    std::unique_ptr<QObject> m_context; // replaced on cancel: late callbacks drop out
    bool m_busy = false;
    bool m_cancelled = false;
    Step m_step = Step::Server;

    SetupFindings::ServerFacts m_serverFacts;
    QList<Finding> m_serverFindings;
    QList<secretserver::User> m_users;
    QList<secretserver::Group> m_groups;
    ServiceAccount m_account;
    QStringList m_applianceAddresses;
    QList<secretserver::IpRestriction> m_restrictions;
    QList<int> m_accountGroupIds;
    secretserver::User m_accountUser;
    QList<Finding> m_accountFindings;
    QString m_folderName = QStringLiteral("Scan Credentials");
    int m_folderId = 0;
    QList<Finding> m_folderFindings;
    QList<SecretChoice> m_candidates;
    QList<secretserver::SecretTemplate> m_templates;
    QList<SecretChoice> m_secrets;
    RotationChoice m_rotation;
    VaultChoice m_vault;
    QList<qualys::AuthVault> m_vaults;
    QList<qualys::AuthRecord> m_existingRecords;
    QList<RecordChoice> m_records;

    std::unique_ptr<ChangeRunner> m_serverRunner;
    std::unique_ptr<QualysChangeRunner> m_qualysRunner;
    VaultChange *m_vaultChange = nullptr;
    QList<RecordChange *> m_recordChanges;
    bool m_applied = false;
    bool m_applyCancelled = false;
    std::unique_ptr<ScannerPathCheck> m_pathCheck;
    QList<RecordVerdict> m_verdicts;
};
