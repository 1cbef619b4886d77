export const placeholderTexts = {
  de: {
    alerts: {
      title: 'Warnungen',
      text: 'Hier erscheinen Frühwarnungen, sobald der erste Scan Ihrer Daten gelaufen ist.',
    },
    requests: {
      title: 'Anfragen an Marketing',
      text: 'Aus einer Warnung wird mit einem Klick eine Unterstützungsanfrage an das Marketing.',
    },
    campaigns: { title: 'Kampagnen', text: 'Briefings und Kampagnen entstehen aus einer Diagnose.' },
    inbox: {
      title: 'Meine Fragen',
      text: 'Hier erscheinen die Fragen, die das Marketing Ihnen schickt – mit Frist, beantwortbar auch am Telefon.',
    },
    data: {
      title: 'Daten',
      text: 'Importieren Sie Verkaufschancen, Leads, Ziele und Kennzahlen aus CRM-Exporten oder Excel.',
    },
    settings: {
      title: 'Einstellungen',
      text: 'Geschäftsjahr, Ziele, Empfindlichkeit der Frühwarnung, Benutzer und Benachrichtigungen.',
    },
  },
  en: {
    alerts: { title: 'Alerts', text: 'Early warnings appear here once the first scan of your data has run.' },
    requests: {
      title: 'Requests to marketing',
      text: 'One click turns an alert into a support request to marketing.',
    },
    campaigns: { title: 'Campaigns', text: 'Briefs and campaigns are created from a diagnosis.' },
    inbox: {
      title: 'My questions',
      text: 'Questions marketing sends you appear here, with their deadline, easy to answer on a phone.',
    },
    data: {
      title: 'Data',
      text: 'Import opportunities, leads, targets and metrics from CRM exports or Excel.',
    },
    settings: {
      title: 'Settings',
      text: 'Fiscal year, targets, warning sensitivity, users and notifications.',
    },
  },
};
