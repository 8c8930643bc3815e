#pragma once

#include "secret/SecretPage.h"

#include <QPointer>
#include <functional>

class ClipboardGuard;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace secretserver {
class PendingCall;
}

// The General tab: the secret's template fields. Password fields stay masked and are read
// from the server only when revealed or copied; a secret that needs check-out is read only
// after the person agreed to check it out. Holds no value after clear().
class SecretGeneralPage : public SecretPage
{
    Q_OBJECT

public:
    explicit SecretGeneralPage(QWidget *parent = nullptr);
    ~SecretGeneralPage() override;

    QString title() const override;
    void showSecret(secretserver::RestClient *client,
                    const secretserver::SecretSummary &secret) override;
    void clear() override;

    // Borrowed; without one, copying is off.
    void setClipboardGuard(ClipboardGuard *guard) { m_guard = guard; }

    // Reads the fields, checking the secret out when it requires check-out.
    void readFields();
    // Reveals (or hides again) the password field with this slug; empty = the first one.
    void toggleReveal(const QString &slug = {});
    // Copies a field's value through the clipboard guard; empty = the first password field.
    void copyField(const QString &slug = {});

    bool isLoaded() const { return !m_fields.isEmpty(); }
    QStringList passwordSlugs() const;
    bool isRevealed(const QString &slug) const;

signals:
    // A field value went to the clipboard (the value is not passed on).
    void fieldCopied(const QString &slug);
    void fieldsLoaded();

private:
    struct Field
    {
        QString slug;
        bool isPassword = false;
        QLineEdit *edit = nullptr;
        QPushButton *reveal = nullptr;
    };

    void showNotice(const QString &text);
    void clearFields();
    void addField(const secretserver::SecretItem &item);
    Field *field(const QString &slug);
    void readPassword(const QString &slug, std::function<void(const QString &)> use);

    QPointer<secretserver::RestClient> m_client;
    QPointer<ClipboardGuard> m_guard;
    QPointer<secretserver::PendingCall> m_call;
    secretserver::SecretSummary m_secret;
    quint64 m_generation = 0; // answers for an earlier secret are dropped
    QLabel *m_notice = nullptr;
    QPushButton *m_readButton = nullptr;
    QWidget *m_fieldBox = nullptr;
    QFormLayout *m_form = nullptr;
    QList<Field> m_fields;
};
