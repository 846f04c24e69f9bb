/** The help text of `npm run store`. */
export const storeUsage = `Base clients de Suivi Clients

Utilisation\u00a0: npm run store -- <commande>

  serve [--port N] [--db FICHIER]    démarre la base clients (Ctrl+C pour l’arrêter)
  token create NOM [--label "Poste local"] [--db FICHIER]
                                     crée un jeton d’accès et l’affiche sur la dernière ligne\u00a0;
                                     --label\u00a0: le nom affiché dans le volet (historique, auteur)
  token list [--db FICHIER]          liste les jetons (jamais leur valeur)
  token revoke NOM [--db FICHIER]    révoque un jeton (par nom ou identifiant)
  backup FICHIER [--db FICHIER]      copie cohérente de la base SQLite, même pendant le service
                                     (PostgreSQL\u00a0: utilisez pg_dump)
  help                               cette aide

Base\u00a0: fichier SQLite (--db, sinon STORE_DB, sinon <SUIVI_DATA_DIR>/suivi-clients.sqlite),
ou PostgreSQL si DATABASE_URL=postgres://… est défini (--db l’emporte).
Autres variables\u00a0: STORE_PORT, STORE_HOST, CORS_ORIGINS, STORE_RATE_LIMIT, STORE_BODY_LIMIT, STORE_LOG_LEVEL.`;
