-- One database per national hub; each hub applies its own schema at start-up.
CREATE DATABASE exchange_ua;
CREATE DATABASE exchange_kz;
CREATE DATABASE exchange_lv;
