#pragma once

#include "checks/RecordReadiness.h"
#include "models/ModelRow.h"
#include "qualys/AuthRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

class ReadinessAssessor;

namespace secretserver {
class RestClient;
}

namespace qualys {

class QualysClient;

// Every vault-backed Qualys authentication record beside the Secret Server secret it names
// and whether the scanner will get its password, as ReadinessAssessor judges it. Reads the
// records from Qualys and the secrets from Secret Server through borrowed, signed-in clients;
// never reads the vault's password. Loading and error rows follow ModelRow.
class IntegrationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TypeColumn,
        TitleColumn,
        VaultColumn,
        SecretNameColumn,
        SecretFoundColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount
    };

    // Where one record stands. Checking until its verdict arrives.
    enum class RecordStatus { Checking, Ready, ReadyWithWarnings, WillFail, NotChecked };
    Q_ENUM(RecordStatus)

    enum Role {
        StatusRole = ModelRow::FirstModelRole, // RecordStatus
        FindingCodesRole, // QStringList, worst first
        RecordIdRole, // int, the Qualys record ID
        RecordTypeRole, // qualys::AuthRecordType
    };

    // The whole listing: Loading while Qualys is read, Checking while Secret Server is.
    enum class State { Idle, Loading, Checking, Done, Failed };
    Q_ENUM(State)

    explicit IntegrationModel(QObject *parent = nullptr);
    ~IntegrationModel() override;

    // Both borrowed; either nullptr clears the rows. Does not start reading: call reload().
    void setSources(QualysClient *qualys, secretserver::RestClient *secretServer);
    // Reads everything again; an answer of an earlier reload is ignored.
    void reload();

    State state() const { return m_state; }
    QString errorMessage() const { return m_error; }
    // Rows that are records (not the loading or error row).
    int recordCount() const { return int(m_rows.size()); }
    bool isRecordRow(int row) const;
    std::optional<AuthRecord> record(int row) const;
    // The verdict of a record row, once it arrived.
    std::optional<RecordReadiness> readiness(int row) const;
    static QString statusText(RecordStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void stateChanged(qualys::IntegrationModel::State state);

private:
    struct Row
    {
        AuthRecord record;
        QString vaultTitle;
        RecordStatus status = RecordStatus::Checking;
        std::optional<RecordReadiness> readiness;
        QString note; // why a record was not checked
    };
    struct VaultGroup
    {
        QString account; // the Secret Server user the Qualys vault signs in as
        QList<int> rows;
    };

    void setState(State state);
    void fail(const QString &message);
    void clear();
    void listRecords(quint64 generation);
    void oneListingDone(quint64 generation);
    void startChecking();
    void checkNextVault();
    void onRecordAssessed(const QString &key, const RecordReadiness &readiness);
    void onAssessmentFinished(bool ok, const QString &message);
    void markUnchecked(const QList<int> &rows, const QString &reason);
    QVariant recordData(const Row &row, int column, int role) const;
    static QString keyOf(const AuthRecord &record);

    QPointer<QualysClient> m_qualys;
    QPointer<secretserver::RestClient> m_secretServer;
    ReadinessAssessor *m_assessor = nullptr;

    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
    QHash<int, AuthVault> m_vaults; // by ID, viewed so their account is known
    QList<AuthRecord> m_listed;
    QList<VaultGroup> m_pendingGroups;
    QList<int> m_checkingRows;
    int m_pendingCalls = 0;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    bool m_loadingRowShown = false;
    QString m_error;
};

} // namespace qualys
