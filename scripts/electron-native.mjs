console.log('[electron-native] placeholder')
