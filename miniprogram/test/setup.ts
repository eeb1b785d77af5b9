import React from 'react';
import ReactDOM from 'react-dom';
import { createReactApp } from '@tarojs/plugin-framework-react/dist/runtime';

// Taro's hooks read React from the app it created; without one, they throw "useContext is not a function".
createReactApp(
  ((p: { children: unknown }) => p.children) as never,
  React,
  ReactDOM as never,
  { pages: [] } as never,
);
