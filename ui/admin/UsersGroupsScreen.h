#pragma once

#include "SessionScreen.h"
#include "checks/IpAllowance.h"
#include "secretserver/Directory.h"

#include <QHash>
#include <QPointer>
#include <memory>

class ChangePreviewDialog;
class ServerChange;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class UsersModel;
class VaultSession;

// The Users & groups screen: the vault's users (application accounts and lock-outs marked),
// the chosen user's groups and IP address restrictions, changes to both through the change
// preview, and whether the scanner appliances' addresses may log in as that user.
class UsersGroupsScreen : public SessionScreen
{
    Q_OBJECT

public:
    explicit UsersGroupsScreen(QWidget *parent = nullptr);
    ~UsersGroupsScreen() override;

    void setSession(VaultSession *session) override;

    // Test seams and accessible parts.
    UsersModel *usersModel() const { return m_users; }
    QTableView *userView() const { return m_userView; }
    QLineEdit *applianceField() const { return m_appliances; }
    QComboBox *groupChoice() const { return m_groupChoice; }
    QComboBox *restrictionChoice() const { return m_restrictionChoice; }
    ChangePreviewDialog *previewDialog() const; // the preview while it is open

    // Makes the listed user with this name the current one; false when not listed (yet).
    bool selectUser(const QString &userName);
    int selectedUserId() const { return m_user.id; }
    // Whether the chosen user's groups and restrictions (and the range catalogue) are read.
    bool isUserDetailLoaded() const;
    QStringList membershipNames() const;
    QStringList restrictionLines() const;
    // The appliance addresses typed, each with its verdict for the chosen user.
    QList<IpAllowance::Verdict> applianceVerdicts() const;

    // "Add to group…" and "Assign restriction…": open the change preview for the choice.
    void addToGroup();
    void assignRestriction();

signals:
    // The chosen user's groups and restrictions were read (again).
    void userDetailLoaded();

private:
    void onCurrentUserChanged();
    void clearDetail();
    void loadUserDetail();
    void loadCatalogues();
    void finishDetailPart();
    void updateApplianceCheck();
    void updateActions();
    void openPreview(const QString &heading, std::unique_ptr<ServerChange> change);
    void showProblem(const QString &message);

    QPointer<VaultSession> m_session;
    QObject *m_sessionContext = nullptr; // parent of every read for this session
    QObject *m_userContext = nullptr; // parent of the reads for the chosen user
    UsersModel *m_users;
    QTableView *m_userView;
    QLabel *m_userState;
    QListWidget *m_groupList;
    QComboBox *m_groupChoice;
    QPushButton *m_addToGroup;
    QListWidget *m_restrictionList;
    QComboBox *m_restrictionChoice;
    QPushButton *m_assign;
    QLineEdit *m_appliances;
    QLabel *m_verdicts;
    QLabel *m_problem;
    QPointer<ChangePreviewDialog> m_preview;

    secretserver::User m_user; // the chosen user (summary fields)
    QList<secretserver::GroupMember> m_memberships;
    QList<secretserver::IpRestrictionAssignment> m_assignments;
    QHash<int, secretserver::IpRestriction> m_catalogue; // every restriction, by id
    int m_pendingParts = 0;
    bool m_groupsRead = false;
    bool m_assignmentsRead = false;
    bool m_catalogueRead = false;
};
