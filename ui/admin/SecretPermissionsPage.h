#pragma once

#include "changes/ServerChange.h"
#include "secret/SecretPage.h"

#include <QPointer>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;
class ChangePreviewDialog;
class EffectiveAccessModel;
class PermissionsModel;
struct EffectiveAccess;

// The secret's permissions tab: the secret's and its folder's permissions, whether the secret
// inherits them, and who can read it and why. Grants, role changes, removals and the
// inheritance switch go through ChangePreviewDialog; the page reads again afterwards.
class SecretPermissionsPage : public SecretPage
{
    Q_OBJECT

public:
    explicit SecretPermissionsPage(QWidget *parent = nullptr);
    ~SecretPermissionsPage() override;

    QString title() const override;
    void showSecret(secretserver::RestClient *client,
                    const secretserver::SecretSummary &secret) override;
    void clear() override;

    // The plain sentence of the access explainer ("svc-qualys can View this secret: ...").
    QString explanation() const;
    // Picks the user or group the explainer is about; false when it is not in the list.
    bool selectPrincipal(bool isGroup, int id);
    // The principal the explainer is about (id 0 when none).
    Principal selectedPrincipal() const;

    // The buttons' actions (also test seams): each opens the change preview.
    void grantAccess();
    void changeRole();
    void removePermission();
    void setInheritance(bool inherit);

    // Select the role that Grant and Change role use (View, Edit, Owner).
    void setRole(const QString &role);
    // Selects row of the secret's (or else the folder's) permission list by principal name;
    // Change role and Remove act on it.
    bool selectPermission(const QString &principalName);

    ChangePreviewDialog *previewDialog() const;
    PermissionsModel *secretPermissions() const { return m_secretModel; }
    PermissionsModel *folderPermissions() const { return m_folderModel; }
    EffectiveAccessModel *effectiveAccess() const { return m_accessModel; }

signals:
    // The explainer's sentence changed (after a resolve, or a failure to resolve).
    void explanationChanged(const QString &text);

private:
    struct Selected
    {
        bool onFolder = false;
        int row = -1;
    };

    void loadPrincipals();
    void reload();
    void refreshSummary();
    void explain();
    void showUserAccess(const EffectiveAccess &access);
    void showGroupAccess();
    void setExplanation(const QString &text);
    void updateButtons();
    void updateRoleWarning();
    Selected selectedPermission() const;
    SecretRef secretRef() const;
    QString folderName() const;
    void openPreview(const QString &heading, std::unique_ptr<ServerChange> change);

    secretserver::RestClient *m_client = nullptr; // borrowed until the next showSecret()/clear()
    secretserver::SecretSummary m_secret;
    quint64 m_principalsGeneration = 0;
    PermissionsModel *m_secretModel;
    PermissionsModel *m_folderModel;
    EffectiveAccessModel *m_accessModel;
    QCheckBox *m_inherit;
    QLabel *m_folderHeading;
    QTreeView *m_secretView;
    QTreeView *m_folderView;
    QComboBox *m_principal;
    QLabel *m_explanation;
    QTreeView *m_accessView;
    QComboBox *m_role;
    QComboBox *m_target;
    QLabel *m_roleWarning;
    QPushButton *m_grant;
    QPushButton *m_change;
    QPushButton *m_remove;
    QString m_explanationText;
    QPointer<ChangePreviewDialog> m_preview;
};
