#pragma once

#include "changes/ServerChange.h"

// Adds a user to a group (for example the Qualys account to "Qualys Scanners").
class GroupMembershipChange : public ServerChange
{
public:
    GroupMembershipChange(int groupId, const QString &groupName, int userId,
                          const QString &userName);

    QString title() const override;
    void read(secretserver::RestClient *client, QObject *context, Done done) override;
    bool isInPlace() const override { return m_isMember; }
    QStringList preview() const override;
    void apply(secretserver::RestClient *client, QObject *context, Done done) override;

private:
    int m_groupId;
    QString m_groupName;
    int m_userId;
    QString m_userName;
    bool m_isMember = false;
};

// Assigns a named IP address restriction to a user: their logins must then come from it.
class IpRestrictionAssignmentChange : public ServerChange
{
public:
    IpRestrictionAssignmentChange(int restrictionId, const QString &restrictionName,
                                  const QString &range, int userId, const QString &userName);

    QString title() const override;
    void read(secretserver::RestClient *client, QObject *context, Done done) override;
    bool isInPlace() const override { return m_assigned; }
    QStringList preview() const override;
    QStringList warnings() const override;
    void apply(secretserver::RestClient *client, QObject *context, Done done) override;

private:
    int m_restrictionId;
    QString m_restrictionName;
    QString m_range;
    int m_userId;
    QString m_userName;
    bool m_assigned = false;
    QStringList m_others; // restrictions the user has already
};
