"""Trajectoires common library: settings, errors, database, clients, encoder and vector store."""
