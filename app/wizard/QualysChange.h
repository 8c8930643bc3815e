#pragma once

#include "qualys/QualysResult.h"
#include "wizard/SetupPlan.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace qualys {
class QualysClient;
}

// One change the setup makes in the Qualys subscription, shaped like ServerChange: reads the
// current state, says what it would change (or that it is in place), applies, and is
// confirmed by reading again. Never holds the vault password in a preview or a log.
class QualysChange
{
    Q_DECLARE_TR_FUNCTIONS(QualysChange)

public:
    using Done = std::function<void(const qualys::QualysResult &)>;

    virtual ~QualysChange();

    virtual QString title() const = 0;
    virtual void read(qualys::QualysClient *client, QObject *context, Done done) = 0;
    virtual bool isInPlace() const = 0;
    virtual QStringList preview() const = 0;
    virtual QStringList warnings() const { return {}; }
    virtual void apply(qualys::QualysClient *client, QObject *context, Done done) = 0;

protected:
    static qualys::QualysResult failure(const QString &message);
};

// Creates the Thycotic Secret Server vault, or reuses (and if needed updates) the one of the
// same title. The password goes to Qualys with a create or an update and nowhere else.
class VaultChange : public QualysChange
{
public:
    explicit VaultChange(const VaultChoice &wanted);
    ~VaultChange() override;

    QString title() const override;
    void read(qualys::QualysClient *client, QObject *context, Done done) override;
    bool isInPlace() const override;
    QStringList preview() const override;
    QStringList warnings() const override;
    void apply(qualys::QualysClient *client, QObject *context, Done done) override;

    int vaultId() const { return m_existing ? m_existing->id : 0; }

private:
    void findSameTarget(qualys::QualysClient *client, QObject *context, QList<int> candidates,
                        Done done);

    VaultChoice m_wanted;
    std::optional<qualys::AuthVault> m_existing;
};

// Creates a vault-backed authentication record, or reuses (and if needed updates) the record
// of the same type and title. The vault ID is asked for at apply time: the vault may be
// created earlier in the same run.
class RecordChange : public QualysChange
{
public:
    RecordChange(const RecordChoice &wanted, std::function<int()> vaultId);

    QString title() const override;
    void read(qualys::QualysClient *client, QObject *context, Done done) override;
    bool isInPlace() const override;
    QStringList preview() const override;
    void apply(qualys::QualysClient *client, QObject *context, Done done) override;

    int recordId() const { return m_existing ? m_existing->id : 0; }
    const RecordChoice &wanted() const { return m_wanted; }

private:
    qualys::RecordForm form() const;

    RecordChoice m_wanted;
    std::function<int()> m_vaultId;
    std::optional<qualys::AuthRecord> m_existing;
};
